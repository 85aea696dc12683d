export interface Counts {
  passed: number;
  failed: number;
  line: string;
}
export declare function countVitest(report: unknown): Counts;
export declare function countPlaywright(report: unknown): Counts;
