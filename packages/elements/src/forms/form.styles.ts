import { css } from 'lit';

/** The form elements' layout: one field a row, the label above, its message under it in words and a red bar. */
export const formStyles = css`
  fieldset {
    border: 1px solid var(--gk-b);
    padding: 0.75em 1em;
    margin: 0;
  }
  legend {
    font-weight: bold;
    padding: 0 0.25em;
  }
  .field {
    display: block;
    margin: 0 0 0.75em;
  }
  .field label {
    display: block;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    display: block;
    width: 100%;
  }
  textarea {
    min-height: 6em;
  }
  [aria-invalid='true'] {
    border: 2px solid #b00020;
  }
  .err {
    margin: 0.25em 0 0;
    color: #b00020;
    border-left: 4px solid #b00020;
    padding-left: 0.5em;
  }
  .notice.ok {
    border-color: #0a5c2b;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0 0 0.5em;
    word-break: break-all;
  }
`;
