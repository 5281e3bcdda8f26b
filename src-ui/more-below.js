// The "More below" cue: a fade at the bottom edge of the step and a small label, shown while the
// step's content goes on below the footer and gone once it is scrolled to the end. The cue is
// decoration for sighted users (aria-hidden, never focused): a screen reader reads the whole step
// in order anyway. A click on it scrolls the step down by most of a screen.

/** Pixels of content left below the fold that still count as "at the end". */
const SLACK = 4;

/** Watches `step` (the scrolling content) and shows or hides `cue` to match. */
export function watchMoreBelow(step, cue) {
  let pending = false;
  const update = () => {
    pending = false;
    const below = step.scrollHeight - step.clientHeight - step.scrollTop;
    cue.hidden = below <= SLACK;
    // The fade leaves the step's scroll bar clear, on whichever side the engine draws it.
    const bar = step.offsetWidth - step.clientWidth;
    const left = step.clientLeft > 0;
    cue.style.setProperty("--bar-left", `${left ? bar : 0}px`);
    cue.style.setProperty("--bar-right", `${left ? 0 : bar}px`);
  };
  const soon = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  step.addEventListener("scroll", soon, { passive: true });
  // A details opened or closed, a message shown, a step drawn: the content's height changed.
  step.addEventListener("toggle", soon, true);
  new MutationObserver(soon).observe(step, { childList: true, subtree: true, characterData: true, attributes: true });
  new ResizeObserver(soon).observe(step);
  window.addEventListener("resize", soon);
  cue.addEventListener("click", () => {
    step.scrollBy({ top: Math.max(step.clientHeight * 0.8, 40), behavior: "smooth" });
  });
  update();
  return soon;
}
