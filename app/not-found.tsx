// Requests that never reach a locale (the proxy normally adds one) get a plain bilingual 404.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <h1>Page not found · 页面不存在</h1>
        <p>
          <a href="/en">English interface</a> · <a href="/zh" lang="zh-Hans">中文界面</a>
        </p>
      </body>
    </html>
  );
}
