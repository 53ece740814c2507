// The hostile-request sweep: what an attacker or a broken client sends, and what each must get back.
// `status` is the exact answer expected; without it, any answer below 500 will do.
// `lang` is the language the error page must be in; `fromNode` marks answers Node's HTTP parser gives
// before any application code runs (they carry no application headers).

export interface HostileRequest {
  name: string;
  method?: string;
  target: string;
  headers?: Record<string, string>;
  body?: string;
  status?: number | number[];
  lang?: 'en' | 'zh-Hans';
  fromNode?: boolean;
}

const unit = '/en/p/scaling-08';
const evilHost = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };

const methods: HostileRequest[] = [
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL'].map((method) => ({
    name: `${method} to the reader`,
    method,
    target: '/en',
    status: 405,
    lang: 'en' as const,
  })),
  {
    name: 'POST a form to a unit page',
    method: 'POST',
    target: unit,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'a=1',
    status: 405,
    lang: 'en',
  },
  {
    name: 'POST a Server Action call',
    method: 'POST',
    target: '/zh',
    headers: { 'Next-Action': '0123456789abcdef', 'Content-Type': 'text/plain' },
    body: '[]',
    status: 405,
    lang: 'zh-Hans',
  },
  {
    name: 'POST multipart to the glossary',
    method: 'POST',
    target: '/zh/glossary',
    headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    body: '--x--',
    status: 405,
    lang: 'zh-Hans',
  },
  { name: 'DELETE the sitemap', method: 'DELETE', target: '/sitemap.xml', status: 405 },
  { name: 'PUT a static chunk', method: 'PUT', target: '/_next/static/chunks/x.js', status: 405 },
  { name: 'OPTIONS *', method: 'OPTIONS', target: '*', status: 405 },
  { name: 'CONNECT', method: 'CONNECT', target: 'evil.example:443', status: 405, fromNode: true },
  { name: 'TRACK (unknown to the parser)', method: 'TRACK', target: '/en', fromNode: true },
  { name: 'an invented method', method: 'BREW', target: '/en', fromNode: true },
  { name: 'lower-case get', method: 'get', target: '/en', fromNode: true },
  { name: 'absolute-form target for another host', target: 'http://evil.example/en', status: 400 },
  {
    name: 'POST bypass attempt with x-middleware-subrequest',
    method: 'POST',
    target: '/en',
    headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    status: 405,
  },
];

const encodings: HostileRequest[] = [
  ...[
    '/en/p/%zz',
    '/en/p/%ff%fe',
    '/en/glossary/%zz',
    '/en/glossary/%ff',
    '/en/p/%E6%B3',
    '/en/p/%c0%af',
    '/en/%',
    '/en/p/%2',
    '/en/p/%G0',
    '/en/p/%c0%ae%c0%ae',
  ].map((target) => ({ name: `malformed encoding ${target}`, target, status: 400, lang: 'en' as const })),
  ...['/%zz', '/zh/p/%zz', '/zh/glossary/%e4%b8'].map((target) => ({
    name: `malformed encoding ${target}`,
    target,
    status: 400,
    lang: 'zh-Hans' as const,
  })),
  { name: 'NUL-suffixed unit', target: `${unit}%00`, status: 400, lang: 'en' },
  { name: 'NUL inside a unit ID', target: '/zh/p/scaling%0008', status: 400, lang: 'zh-Hans' },
  { name: 'CRLF header injection', target: '/en/%0d%0aSet-Cookie:%20owned=1', status: 400, lang: 'en' },
  { name: 'tab in a path', target: '/en/glossary%09', status: 400, lang: 'en' },
  { name: 'DEL in a path', target: '/en/p/%7f', status: 400, lang: 'en' },
  { name: 'valid UTF-8, unknown unit', target: '/en/p/%E4%B8%AD%E6%96%87', status: 404, lang: 'en' },
  { name: 'encoded slash in a unit ID', target: '/en/p/scaling-08%2Fextra', status: 404, lang: 'en' },
  { name: 'malformed query string', target: '/en/glossary?q=%zz&category=%ff', status: 200 },
  { name: 'markup in a query string', target: '/en?q=%3Cscript%3Ealert(1)%3C/script%3E', status: 200 },
  { name: 'upper-case locale (prefixed with the default locale, then 404)', target: '/EN', status: [307, 404] },
  { name: 'unknown locale', target: '/fr/p/scaling-08', status: [307, 404] },
  { name: 'dotted path under /en', target: '/en/p/scaling-08.txt', status: 404, lang: 'en' },
  { name: 'dotted path under /zh', target: '/zh/glossary/a.b', status: 404, lang: 'zh-Hans' },
  { name: 'path parameter', target: '/en;jsessionid=1', status: [307, 404] },
  { name: 'doubled slashes', target: '/en//p//scaling-08' },
  { name: 'protocol-relative path', target: '//attacker.test/' },
  { name: 'backslash path', target: '/\\attacker.test/' },
];

const traversal: HostileRequest[] = [
  ...[
    '/en/../../etc/passwd',
    '/en/p/..%2f..%2f..%2fetc%2fpasswd',
    '/en/p/%2e%2e/%2e%2e/package.json',
    '/_next/static/../../package.json',
    '/_next/static/..%2f..%2fpackage.json',
    '/_next/static/chunks/..%252f..%252fpackage.json',
    '/.env',
    '/.git/config',
    '/en/.git/config',
    '/package.json',
    '/next.config.ts',
    '/.next/csp-hashes.json',
    '/_next/server/app/en.html',
    '/corpus/article.yaml',
  ].map((target) => ({ name: `traversal ${target}`, target, status: [307, 308, 400, 404] })),
  {
    name: 'image optimizer fetching another host',
    target: '/_next/image?url=http%3A%2F%2Fevil.example%2Fx.png&w=64&q=75',
    status: [400, 404],
  },
];

const long: HostileRequest[] = [
  { name: '4 KB unit ID', target: `/en/p/${'a'.repeat(4096)}`, status: 404 },
  { name: '2,000 path segments', target: `/en${'/x'.repeat(2000)}`, status: 404 },
  { name: '8 KB glossary query', target: `/en/glossary?q=${'%E4%B8%AD'.repeat(900)}`, status: 200 },
  { name: '100 KB path', target: `/en/${'a'.repeat(100_000)}`, status: [414, 431], fromNode: true },
];

const languages: HostileRequest[] = [
  ...[
    '*',
    '',
    'xx-YY',
    'en;q=abc',
    'zh-Hant-TW,zh;q=0.5',
    ';;;,,,',
    `${'en,'.repeat(1500)}zh`,
    'en;q=2, zh;q=-1',
    'i-klingon',
  ].map((value, i) => ({
    name: `Accept-Language #${i + 1} (${value.slice(0, 20)})`,
    target: '/',
    headers: { 'Accept-Language': value },
    status: 307,
  })),
  {
    name: 'odd Accept-Language on a page',
    target: '/en/glossary',
    headers: { 'Accept-Language': 'de-DE;q=0.9,*;q=0.1' },
    status: 200,
  },
];

const cookies: HostileRequest[] = [
  ...[
    'NEXT_LOCALE=xx',
    'NEXT_LOCALE=../../etc',
    'NEXT_LOCALE=%zz',
    'NEXT_LOCALE=en; NEXT_LOCALE=zh',
    '=;=;;',
    `NEXT_LOCALE=${'z'.repeat(6000)}`,
    'NEXT_LOCALE=<script>alert(1)</script>',
  ].map((cookie, i) => ({ name: `cookie #${i + 1} on /`, target: '/', headers: { Cookie: cookie }, status: 307 })),
  { name: 'odd cookie on a page', target: unit, headers: { Cookie: 'NEXT_LOCALE=zz; __Host-x=1' }, status: 200 },
];

const hosts: HostileRequest[] = [
  { name: 'X-Forwarded-Host on a unit page', target: unit, headers: evilHost, status: 200 },
  { name: 'X-Forwarded-Host on /', target: '/', headers: { ...evilHost, 'Accept-Language': 'en' }, status: 307 },
  { name: 'X-Forwarded-Host on a 404', target: '/en/nowhere', headers: evilHost, status: 404 },
  { name: 'X-Forwarded-Host on the sitemap', target: '/sitemap.xml', headers: evilHost, status: 200 },
  { name: 'X-Forwarded-Host on a trailing-slash redirect', target: '/en/glossary/', headers: evilHost, status: 308 },
  { name: 'Forwarded header', target: '/en', headers: { Forwarded: 'host=evil.example;proto=https' }, status: 200 },
];

const internals: HostileRequest[] = [
  {
    name: 'RSC request with a garbage router state',
    target: '/en',
    headers: { RSC: '1', 'Next-Router-State-Tree': '%zz{not json' },
  },
  {
    name: 'RSC prefetch of a missing unit',
    target: '/en/p/nowhere',
    headers: { RSC: '1', 'Next-Router-Prefetch': '1' },
    status: [307, 404],
  },
  { name: 'a Server Action header on GET', target: '/en', headers: { 'Next-Action': 'x' } },
  { name: 'Next dev endpoints', target: '/__nextjs_original-stack-frame?file=/etc/passwd', status: [307, 400, 404] },
  { name: 'HMR socket', target: '/_next/webpack-hmr', status: [307, 400, 404] },
  { name: 'Range header gone wrong', target: '/en', headers: { Range: 'bytes=999999999-' } },
  { name: 'If-None-Match garbage', target: '/en', headers: { 'If-None-Match': '"\\x00"' }, status: 200 },
];

export const HOSTILE_REQUESTS: HostileRequest[] = [
  ...methods,
  ...encodings,
  ...traversal,
  ...long,
  ...languages,
  ...cookies,
  ...hosts,
  ...internals,
];
