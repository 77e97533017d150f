import { css } from 'lit';

export const styles = css`
  .title {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.3em 0;
  }
  th,
  td {
    border: 1px solid #d9d9d9;
    padding: 0.3em 0.6em;
    text-align: start;
  }
  thead th,
  tfoot th {
    background: #f5f5f5;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .class {
    font-weight: 700;
  }
  figure {
    margin: 0 0 1em;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .bar {
    fill: var(--gk-chart, #1f5fbf);
  }
  text {
    fill: currentColor;
    font-size: 13px;
  }
`;
