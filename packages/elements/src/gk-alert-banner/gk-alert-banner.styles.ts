import { css } from 'lit';

// The severity is in the label's text; the colour only repeats it (dark text on a light tint, a
// strong border in the warning's colour).
export const styles = css`
  .alert {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid;
    border-left-width: 8px;
  }
  .red {
    border-color: #c00000;
    background: #fdecec;
  }
  .orange {
    border-color: #e06c00;
    background: #fff1e0;
  }
  .yellow {
    border-color: #d4a800;
    background: #fffbe0;
  }
  .blue {
    border-color: #1f5fbf;
    background: #eaf1fd;
  }
  .level {
    font-weight: 700;
    margin-inline-end: 0.5em;
  }
  .headline {
    font-weight: 700;
  }
  p {
    margin: 0.25em 0;
  }
  summary {
    cursor: pointer;
    min-height: var(--gk-t);
    line-height: var(--gk-t);
  }
`;
