// A scroll box round a wide table (.table-scroll) is a Tab stop only while it scrolls sideways: a keyboard reader can
// then scroll it with the arrow keys, and does not stop on the boxes whose table fits (20 of them on a claim page).
const boxes = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.table-scroll[tabindex]')];

function update(): void {
  for (const box of boxes()) box.tabIndex = box.scrollWidth > box.clientWidth + 1 ? 0 : -1;
}

update();
new ResizeObserver(update).observe(document.body);
