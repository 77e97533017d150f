import { css } from 'lit';

export const styles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin: 0 0 0.75em;
    padding: 0;
    border: 0;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  select {
    max-width: 16em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.6em 0;
    border-bottom: 1px solid #d9d9d9;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    color: var(--gk-m);
  }
`;
