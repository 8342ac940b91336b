/**
 * The html report's style sheet: system fonts only (nothing to fetch), light and dark themes from
 * `prefers-color-scheme`, one column that reads at 360 px, and a print layout (every row shown,
 * no controls, the bars' colours kept).
 */
export const HTML_STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--mark:#fff3b0;--link:#0969da;
--done:#1a7f37;--partial:#bf8700;--todo:#cf222e;--disputed:#8250df;--other:#6e7781;--error:#cf222e;--warning:#9a6700}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--mark:#5c4a00;--link:#4493f8;
--done:#3fb950;--partial:#d29922;--todo:#f85149;--disputed:#a371f7;--other:#8b949e;--error:#f85149;--warning:#d29922}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:anywhere}
main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.3rem;margin:1.6em 0 .4em;border-bottom:1px solid var(--line);padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.2em 0 .4em}
a{color:var(--link)}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
.muted{color:var(--muted)}.totals{font-weight:600}
.bar{display:flex;height:14px;border-radius:4px;overflow:hidden;background:var(--line);min-width:80px}
.bar>span{flex-basis:0;min-width:0;overflow:hidden}
.bar.small{height:8px}
.st-done{--c:var(--done)}.st-partial{--c:var(--partial)}.st-todo{--c:var(--todo)}.st-disputed{--c:var(--disputed)}
.st-blocked,.st-na,.st-unknown{--c:var(--other)}
.bar>span{background:var(--c)}
.legend{display:flex;flex-wrap:wrap;gap:2px 12px;font-size:.85em;color:var(--muted);margin:.2em 0}
.legend i,.badge::before{display:inline-block;width:.7em;height:.7em;border-radius:2px;background:var(--c);margin-right:.3em;vertical-align:baseline}
.badge::before{content:""}
.overview{width:100%;border-collapse:collapse}
.overview td,.overview th{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.overview td.barcell{width:40%}
.doc{content-visibility:auto;contain-intrinsic-size:auto 600px}
.meta{margin:.2em 0 .6em}
.sections{list-style:none;padding:0;margin:.4em 0;display:grid;grid-template-columns:minmax(0,1fr) minmax(80px,2fr) auto;gap:4px 12px;align-items:center;font-size:.9em}
.sections li{display:contents}
.finding{border:1px solid var(--line);border-left:4px solid var(--c);border-radius:6px;padding:8px 12px;margin:10px 0;background:var(--panel);break-inside:avoid}
.sev-error{--c:var(--error)}.sev-warning{--c:var(--warning)}
.finding .head{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:.85em}
.finding .sev{font-weight:700;color:var(--c);text-transform:uppercase}
.msg{margin:.3em 0}
.where{font-size:.85em;color:var(--muted);margin-top:.4em}
pre.excerpt{margin:.2em 0;padding:4px 0;background:var(--bg);border:1px solid var(--line);border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
pre.excerpt>span{display:block;padding:0 8px 0 0}
pre.excerpt>span::before{content:attr(data-ln);display:inline-block;min-width:3.5em;padding:0 .6em;text-align:right;color:var(--muted);border-right:1px solid var(--line);margin-right:.6em}
pre.excerpt>span[data-note]::after{content:"  ← " attr(data-note);color:var(--muted);font-family:system-ui,sans-serif}
mark{background:var(--mark);color:inherit;border-radius:2px}
.scroll{overflow-x:auto}
table.items,table.cross,table.changes{border-collapse:collapse;width:100%;font-size:.92em}
table.items th,table.items td,table.cross th,table.cross td,table.changes th,table.changes td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{overflow-wrap:normal}
th button{font:inherit;font-weight:600;background:none;border:0;color:inherit;padding:0;cursor:pointer}
th button::after{content:" ↕";color:var(--muted)}th[aria-sort=ascending] button::after{content:" ↑"}th[aria-sort=descending] button::after{content:" ↓"}
.claim{white-space:nowrap;margin-right:.6em}
.badge{white-space:nowrap}
tr.disputed td:first-child{font-weight:600}
.sub{padding-left:1.2em}
.filters{position:sticky;top:0;z-index:1;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center}
.filters label{cursor:pointer}
body[data-filter=disputed] tr.item:not(.disputed),body[data-filter=notdone] tr.item.st-done{display:none}
details.lines summary{cursor:pointer;color:var(--muted);font-size:.9em}
details.lines pre>span:target{background:var(--mark)}
.regression{color:var(--todo);font-weight:600}.progress{color:var(--done)}
.rules dt{font-weight:600;margin-top:.6em}.rules dd{margin:0 0 .4em 0}
@media (max-width:640px){main{padding:8px 10px 32px}body{font-size:14px}.overview td.barcell{width:auto}
.overview thead{display:none}.overview tr{display:grid;grid-template-columns:1fr;border-bottom:1px solid var(--line);padding:6px 0}.overview td{border:0;padding:2px 0}
.sections{grid-template-columns:minmax(0,1fr) minmax(60px,1fr)}.sections .n{grid-column:1/-1;margin-bottom:4px}
pre.excerpt>span::before{min-width:2.5em}}
@media print{.filters,.noprint{display:none}body{font-size:11pt;background:#fff;color:#000}main{max-width:none;padding:0}
.doc{content-visibility:visible}tr.item{display:table-row!important}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}h2{break-after:avoid}}
`
