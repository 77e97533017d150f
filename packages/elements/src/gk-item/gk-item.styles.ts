import { css } from 'lit';

export const styles = css`
  .title {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.4;
    margin: 0 0 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1em;
  }
  th,
  td {
    border: 1px solid #d9d9d9;
    padding: 0.35em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  th {
    width: 9em;
    background: #f5f5f5;
    font-weight: 700;
  }
  .body p {
    margin: 0 0 0.8em;
    text-indent: 2em;
    white-space: pre-wrap;
  }
  h3 {
    font-size: 1.125em;
    margin: 1em 0 0.4em;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li {
    margin: 0.3em 0;
  }
`;
