import type { GlossaryRow } from './glossary-row';

/** One term of the glossary table, as every view shows it. */
export function GlossaryTableRow({ row, inArticle }: { row: GlossaryRow; inArticle: string }) {
  return (
    <tr data-term-row={row.id}>
      <td className="col-zh">
        <a href={row.href} lang="zh-Hans" className="glossary-zh">
          {row.zh}
        </a>
        {row.articleForms.length > 0 ? (
          <span className="glossary-article-forms">
            {inArticle} <span lang="zh-Hans">{row.articleForms.join('、')}</span>
          </span>
        ) : null}
      </td>
      <td className="col-pinyin">
        <span lang="zh-Latn-pinyin">{row.pinyin}</span>
      </td>
      <td className="col-en">
        <a href={row.href} lang="en">
          {row.en}
        </a>
      </td>
      <td className="col-category">{row.categoryLabel}</td>
      <td className="col-occurrences">{row.occurrences}</td>
    </tr>
  );
}
