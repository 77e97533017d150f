import { css } from 'lit';

export const styles = css`
  input[type='search'] {
    min-width: 14em;
  }
  .status {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
`;
