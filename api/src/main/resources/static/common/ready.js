// The marker that a page's data is drawn: <body data-ready="…">, milliseconds since navigation, set
// once, when the page first shows the answers it loads. Tests and the page-timing benchmark
// (bench/pages.py) wait for it; later redraws leave it as it is.

export function markReady() {
  if (!document.body.dataset.ready) document.body.dataset.ready = String(Math.round(performance.now()));
}
