import type { SensitivityGeometry } from '@/lib/robustness/sensitivity-geometry';
import { markerPath, optionStyle } from './option-styles';

/**
 * The one-way sensitivity chart for one criterion, drawn from precomputed geometry: shaded
 * regions by leader, each option's total as a line (own colour, dash and marker), the reader's
 * current weight, flip points and direct labels. The SVG is an image with a title and a
 * description; the numbers it shows are also in the table that follows it.
 */
export function SensitivityChart({
  id,
  geometry: g,
  title,
  description,
  optionIndex,
}: {
  id: string;
  geometry: SensitivityGeometry;
  title: string;
  description: string;
  /** Option id → index in case order, for its drawing style. */
  optionIndex: Readonly<Record<string, number>>;
}) {
  const { layout, plot } = g;
  const narrow = layout.width < 480;
  const font = narrow ? 11 : 12;
  const styleOf = (option: string) => optionStyle(optionIndex[option] ?? 0);
  const currentLeft = g.current.x > (plot.left + plot.right) / 2;
  const labelX = plot.right + 20;

  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="block h-auto max-w-full overflow-visible"
      fontSize={font}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>

      {g.regions.map((r) => (
        <rect
          key={`${r.leader}-${r.x0}`}
          x={r.x0}
          y={plot.top}
          width={Math.max(0, r.x1 - r.x0)}
          height={plot.bottom - plot.top}
          className={styleOf(r.leader).region}
        />
      ))}

      {g.yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line
            x1={plot.left}
            x2={plot.right}
            y1={t.at}
            y2={t.at}
            className="stroke-line"
            strokeWidth={1}
          />
          <text x={plot.left - 6} y={t.at} dy="0.32em" textAnchor="end" className="fill-muted">
            {t.label}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <g key={`x${t.value}`}>
          <line
            x1={t.at}
            x2={t.at}
            y1={plot.bottom}
            y2={plot.bottom + 5}
            className="stroke-muted"
          />
          <text x={t.at} y={plot.bottom + 18} textAnchor="middle" className="fill-muted">
            {t.label}
          </text>
        </g>
      ))}
      <line
        x1={plot.left}
        x2={plot.right}
        y1={plot.bottom}
        y2={plot.bottom}
        className="stroke-muted"
      />
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} className="stroke-muted" />
      <text
        x={(plot.left + plot.right) / 2}
        y={layout.height - 6}
        textAnchor="middle"
        className="fill-ink"
      >
        Share of the weight
      </text>
      <text
        transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-ink"
      >
        Total (0–100)
      </text>

      {g.regions.map((r) =>
        r.labelX !== null && r.label !== null ? (
          <text
            key={`label-${r.leader}-${r.x0}`}
            x={r.labelX}
            y={plot.top + 14}
            textAnchor="middle"
            className="fill-ink"
            fontSize={font - 1}
          >
            {r.label} leads
          </text>
        ) : null,
      )}

      {g.flips.map((f) => (
        <g key={`flip-${f.at}`}>
          <line
            x1={f.x}
            x2={f.x}
            y1={plot.top - 4}
            y2={plot.bottom}
            className="stroke-ink"
            strokeDasharray="3 3"
            strokeWidth={1}
          />
          <text
            x={f.x}
            y={plot.top - 8 - f.row * 12}
            textAnchor="middle"
            className="fill-ink font-semibold"
          >
            {f.label}
          </text>
        </g>
      ))}

      {g.lines.map((l) => {
        const s = styleOf(l.option);
        return (
          <line
            key={l.option}
            x1={l.x0}
            y1={l.y0}
            x2={l.x1}
            y2={l.y1}
            className={s.stroke}
            strokeWidth={2.5}
            strokeDasharray={s.dash}
            strokeLinecap="round"
          />
        );
      })}

      <line
        x1={g.current.x}
        x2={g.current.x}
        y1={plot.top}
        y2={plot.bottom}
        className="stroke-ink"
        strokeWidth={2}
      />
      <text
        x={g.current.x + (currentLeft ? -5 : 5)}
        y={plot.bottom - 6}
        textAnchor={currentLeft ? 'end' : 'start'}
        className="fill-ink font-semibold"
      >
        You: {g.current.label}
      </text>

      {g.flips.map((f) => (
        <circle
          key={`flip-dot-${f.at}`}
          cx={f.x}
          cy={f.y}
          r={4}
          className="fill-canvas stroke-ink"
          strokeWidth={1.5}
        />
      ))}

      {g.lines.map((l) => {
        const s = styleOf(l.option);
        return (
          <path
            key={`m-${l.option}`}
            d={markerPath(s.marker, l.xCurrent, l.yCurrent)}
            className={`${s.fill} stroke-canvas`}
            strokeWidth={1.5}
          />
        );
      })}

      {g.labels.map((label) => {
        const s = styleOf(label.option);
        const lh = layout.lineHeight;
        const top = label.y - ((label.lines.length - 1) * lh) / 2;
        return (
          <g key={`label-${label.option}`}>
            <line
              x1={plot.right + 2}
              y1={label.anchorY}
              x2={labelX - 11}
              y2={label.y}
              className={s.stroke}
              strokeWidth={1}
            />
            <path d={markerPath(s.marker, labelX - 6, label.y, 8)} className={s.fill} />
            <text x={labelX} y={top} className="fill-ink">
              {label.lines.map((line, i) => (
                <tspan key={i} x={labelX} dy={i === 0 ? '0.32em' : lh}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
