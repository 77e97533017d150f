import { css } from 'lit';

/** The bordered data table with a caption and header cells that the list-like elements share. */
export const dataTableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.3em 0;
  }
  th,
  td {
    border: 1px solid #d9d9d9;
    padding: 0.35em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: #f5f5f5;
  }
`;
