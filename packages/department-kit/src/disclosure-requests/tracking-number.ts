/** `<departmentId>:YSQ-<year>-<000123>` (依申请 = YSQ), numbered per department and year of receipt. */
export function trackingNumber(departmentId: string, year: number, sequence: number): string {
  return `${departmentId}:YSQ-${year}-${String(sequence).padStart(6, '0')}`;
}
