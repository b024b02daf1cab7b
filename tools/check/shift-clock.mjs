// Preload (node --import) that moves the clock forward by GROUNDWORK_CLOCK_SHIFT_MS, so a second build shows any
// output that depends on when the site was built.
const shift = Number(process.env.GROUNDWORK_CLOCK_SHIFT_MS ?? 0);
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...args);
  }

  static now() {
    return RealDate.now() + shift;
  }
}
globalThis.Date = ShiftedDate;
