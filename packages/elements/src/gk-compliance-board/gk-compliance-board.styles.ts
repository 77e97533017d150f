import { css } from 'lit';

export const styles = css`
  .bad {
    color: #a3001a;
    font-weight: 700;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
`;
