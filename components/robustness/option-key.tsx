import { markerPath, optionStyle } from './option-styles';

/** A small sample of an option's line: its colour, dash pattern and marker. */
export function OptionSwatch({ index }: { index: number }) {
  const s = optionStyle(index);
  return (
    <svg aria-hidden="true" width={36} height={14} viewBox="0 0 36 14" className="shrink-0">
      <line
        x1={2}
        x2={34}
        y1={7}
        y2={7}
        className={s.stroke}
        strokeWidth={2.5}
        strokeDasharray={s.dash}
        strokeLinecap="round"
      />
      <path
        d={markerPath(s.marker, 18, 7)}
        className={`${s.fill} stroke-canvas`}
        strokeWidth={1.5}
      />
    </svg>
  );
}

/** The key to the chart's lines: each option's swatch and full name. */
export function OptionKey({
  options,
}: {
  options: readonly { readonly id: string; readonly label: string }[];
}) {
  return (
    <ul aria-label="Key to the lines" className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {options.map((o, i) => (
        <li key={o.id} className="flex items-center gap-2">
          <OptionSwatch index={i} />
          <span>{o.label}</span>
        </li>
      ))}
    </ul>
  );
}
