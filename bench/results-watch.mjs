// Run in the page (page.addInitScript) by the benchmarks that time a viewer's start: it watches
// the viewer with id "v" each animation frame and sets window.firstFrameAt (its first frame) and
// window.catalogueAt (the first frame drawn after its catalogue loaded: the results on screen),
// with the state it had then in window.memory and window.total.
export function watchForResults() {
  let framesAtLoad = null;
  const watch = () => {
    const v = document.getElementById('v');
    const s = v && v.state && v.state();
    const drawn = (s && s.frameMs && s.frameMs.count) || 0;
    if (drawn > 0 && !window.firstFrameAt) window.firstFrameAt = performance.now();
    if (s && s.ready && s.total > 0 && framesAtLoad === null) framesAtLoad = drawn;
    if (framesAtLoad !== null && drawn > framesAtLoad) {
      window.catalogueAt = performance.now();
      window.memory = s.memory;
      window.total = s.total;
    } else {
      requestAnimationFrame(watch);
    }
  };
  requestAnimationFrame(watch);
}
