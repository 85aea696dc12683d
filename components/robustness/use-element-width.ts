'use client';

import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element in CSS pixels, kept up to date with a ResizeObserver, so an
 * SVG can be drawn at its real size and its text stays readable on a phone. Starts at
 * `fallback` until measured (and stays there where ResizeObserver is missing, e.g. in jsdom).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
