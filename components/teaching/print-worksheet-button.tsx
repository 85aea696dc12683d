'use client';

/** The class on <html> that limits printing to the student worksheet (see globals.css). */
const WORKSHEET_ONLY = 'print-worksheet-only';

/** "Print the worksheet": prints only the student worksheet, then restores normal printing. */
export function PrintWorksheetButton() {
  const print = () => {
    const root = document.documentElement;
    root.classList.add(WORKSHEET_ONLY);
    const done = () => {
      root.classList.remove(WORKSHEET_ONLY);
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <button
      type="button"
      onClick={print}
      className="h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2 print:hidden"
    >
      Print the worksheet
    </button>
  );
}
