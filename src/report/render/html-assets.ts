/** Inline stylesheet and script of the assessment page: the page loads nothing from anywhere. */

export const ASSESSMENT_CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--alt:#f6f8fa;--blocker:#c62828;--warning:#b35c00;--info:#1565c0;--bar:#2f6f9f}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1180px;padding:24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:20px 0 6px}
.meta{color:var(--muted);margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:130px;background:var(--alt)}
.card b{display:block;font-size:20px}.card span{color:var(--muted);font-size:12px}
.card.blocker b{color:var(--blocker)}.card.warning b{color:var(--warning)}.card.info b{color:var(--info)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}
.scroll{overflow-x:auto}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
tbody tr:nth-child(even){background:var(--alt)}
table.sortable th{cursor:pointer;user-select:none;background:#eef1f4}
table.sortable th::after{content:"\\00a0\\2195";color:#8c959f}
table.sortable th[aria-sort=ascending]::after{content:"\\00a0\\2191";color:var(--fg)}
table.sortable th[aria-sort=descending]::after{content:"\\00a0\\2193";color:var(--fg)}
.sev{font-weight:600}.sev.blocker{color:var(--blocker)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
.charts{display:flex;flex-wrap:wrap;gap:24px}
figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
svg text{font:11px system-ui,sans-serif;fill:var(--fg)}
rect.bar{fill:var(--bar)}rect.bar.blocker{fill:var(--blocker)}rect.bar.warning{fill:var(--warning)}rect.bar.info{fill:var(--info)}
details{margin:8px 0}summary{cursor:pointer;font-weight:600}
code{font-size:12px;background:var(--alt);padding:1px 4px;border-radius:3px}
.verdict{padding:10px 14px;border-radius:6px;font-weight:600}
.verdict.bad{background:#fdecea;color:var(--blocker)}.verdict.good{background:#e8f5e9;color:#1b5e20}
@media print{table.sortable th::after{content:""}details{display:block}}
`;

/**
 * Click (or Enter on) a header to sort its table; numbers sort by the cell's data-value. The sort is kept
 * in the address (`#sort=<table id>:<column>:<asc|desc>`) and applied on load, so a sorted view can be shared.
 */
export const ASSESSMENT_SCRIPT = `
(function(){
  function key(row,col,numeric){var c=row.cells[col];if(!c)return numeric?0:'';var v=c.getAttribute('data-value');if(v===null)v=c.textContent||'';return numeric?Number(v):v.toLowerCase();}
  function sortTable(table,col,dir){
    var head=table.tHead.rows[0],th=head.cells[col];if(!th)return;
    var numeric=th.getAttribute('data-type')==='number',body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=key(a,col,numeric),y=key(b,col,numeric),r=x<y?-1:x>y?1:0;return dir==='desc'?-r:r;});
    rows.forEach(function(r){body.appendChild(r);});
    Array.prototype.forEach.call(head.cells,function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',dir==='desc'?'descending':'ascending');
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
      th.tabIndex=0;
      function go(){var dir=th.getAttribute('aria-sort')==='ascending'?'desc':'asc';sortTable(table,col,dir);
        try{history.replaceState(null,'','#sort='+table.id+':'+col+':'+dir);}catch(e){}}
      th.addEventListener('click',go);
      th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});
    });
  });
  var m=/^#sort=([A-Za-z0-9_-]+):(\\d+):(asc|desc)$/.exec(location.hash);
  if(m){var t=document.getElementById(m[1]);if(t&&t.classList.contains('sortable'))sortTable(t,Number(m[2]),m[3]);}
  document.documentElement.setAttribute('data-script','ready');
})();
`;
