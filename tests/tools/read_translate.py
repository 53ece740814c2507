"""Reads a TMX or TBX file with translate-toolkit and prints its units as JSON (for the export tests)."""
import json
import sys

from translate.storage import factory

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

store = factory.getobject(sys.argv[1])
units = []
for unit in store.units:
    if unit.isheader():
        continue
    languages = []
    for node in unit.getlanguageNodes():
        terms = []
        for term in node.iter("term"):
            notes = {n.get("type"): n.text for n in term.getparent().iter("termNote")}
            terms.append({"term": term.text, "status": notes.get("administrativeStatus"), "partOfSpeech": notes.get("partOfSpeech")})
        languages.append({"lang": node.get(XML_LANG), "terms": terms})
    units.append({
        "id": unit.getid(),
        "source": unit.source,
        "target": unit.target,
        "notes": unit.getnotes(),
        "definition": unit.getnotes("definition"),
        # translate-toolkit's "pos" notes: the text of every termNote of the entry, each once.
        "pos": unit.getnotes("pos"),
        "languages": languages,
    })
json.dump({"units": units}, sys.stdout, ensure_ascii=False)
