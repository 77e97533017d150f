import { css } from 'lit';

export const styles = css`
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
`;
