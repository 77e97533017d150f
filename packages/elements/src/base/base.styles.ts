import { css } from 'lit';

/**
 * What every element shares. The wrapper `.gk` resets every inherited property (`all: initial`) so
 * the host page's `*`, `body` or tag rules (font size, colour, line height, letter spacing,
 * alignment) do not reach inside; custom properties are not reset, so `--gk-*` theming still
 * passes through. Elder-friendly mode (适老化) enlarges text to 20 px, darkens it and makes every
 * target at least 48 px.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .gk {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--gk-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif);
    font-size: var(--gk-font-size, 16px);
    line-height: 1.6;
    color: var(--gk-color, #1f1f1f);
    background: var(--gk-background, #fff);
    --gk-t: var(--gk-target, 36px);
    --gk-l: var(--gk-link, #0b4fa8);
    --gk-m: var(--gk-muted, #4d4d4d);
    --gk-b: var(--gk-border, #8a8a8a);
  }
  .elder {
    font-size: var(--gk-elder-font-size, 20px);
    color: #000;
    --gk-t: 48px;
    --gk-l: #003a8c;
    --gk-m: #262626;
    --gk-b: #333;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--gk-l);
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--gk-focus, #b35900);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: var(--gk-t);
    border: 1px solid var(--gk-b);
    border-radius: 4px;
    background: #fff;
    padding: 0 0.5em;
  }
  button {
    cursor: pointer;
    background: var(--gk-button, #f2f2f2);
    min-width: var(--gk-t);
  }
  button[disabled] {
    cursor: default;
    color: var(--gk-m);
  }
  .elder a {
    display: inline-block;
    min-height: 48px;
    padding-block: 10px;
  }
  nav {
    display: flex;
    gap: 1em;
    align-items: center;
    margin-top: 0.75em;
  }
  .muted {
    color: var(--gk-m);
  }
  .notice {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--gk-b);
    background: #f5f5f5;
  }
  .notice.error {
    border-color: #b00020;
  }
  .notice.partial {
    border-color: #b35900;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: 3px;
    font-size: 0.875em;
    white-space: nowrap;
  }
  .valid {
    color: #0a5c2b;
  }
  .amended {
    color: #7a4a00;
  }
  .repealed,
  .expired {
    color: #a3001a;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
