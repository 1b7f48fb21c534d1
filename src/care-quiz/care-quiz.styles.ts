import { css } from 'lit';
import { buttonStyles, hostStyles } from '../styles/host.js';

// Box, stacks, links, fieldset reset, error and hint colours: see hostStyles.
export const careQuizStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      --_a: var(--intake-quiz-accent);
      --_s: var(--intake-quiz-surface);
      max-width: var(--intake-quiz-max-width, 40em);
    }
    .title {
      line-height: 1.3;
    }
    .end .title ~ .title {
      font-size: 1.05em;
    }
    .end .title ~ .title,
    .nav {
      margin-top: calc(var(--_space) * 0.5);
    }
    .lead {
      display: block;
      font-size: 0.8em;
    }
    .notice {
      padding: 0.4em 0.75em;
    }
    /* Each link whole ("text 988" never split over two lines), and 24px or more to tap. */
    .notice a {
      display: inline-block;
      padding-block: 0.2em;
    }
    .notice,
    .progress,
    .example {
      font-size: 0.9375em;
    }
    .progress {
      gap: 0.35em;
    }
    progress {
      width: 100%;
      height: 0.5em;
      border: 0;
      border-radius: 1em;
      appearance: none;
      overflow: hidden;
      background: color-mix(in srgb, var(--_border) 45%, var(--_surface));
      color: var(--_accent);
    }
    progress::-webkit-progress-bar {
      background: none;
    }
    progress::-webkit-progress-value {
      background: var(--_accent);
    }
    progress::-moz-progress-bar {
      background: var(--_accent);
    }
    .hint {
      margin: 0.35em 0 0.75em;
    }
    .error {
      margin-bottom: 0.75em;
    }
    .options {
      flex-flow: column;
    }
    .option {
      display: flex;
      align-items: flex-start;
      gap: 0.75em;
      min-height: 2.75em;
      padding: 0.6em 0.75em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      cursor: pointer;
    }
    .option:has(:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
      background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    }
    .option input {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin: 0.125em 0 0;
      accent-color: var(--_accent);
    }
    /* A flex item does not shrink below its longest word unless told to: on a zoomed phone a
       word like "Benzodiacepinas," must wrap inside the box, not stick out of the page. */
    .option .text {
      min-width: 0;
    }
    .nav,
    .actions {
      align-items: center;
    }
    .restart {
      min-height: 2.75em;
      margin-inline-start: auto;
      padding: 0.5em;
      text-underline-offset: 0.15em;
    }
    /* The text goes with the red, not with the accent (whose text may be black on a light accent). */
    .button.danger {
      border-color: var(--_danger);
      background: var(--_danger);
      color: #fff;
    }
    @supports (color: contrast-color(red)) {
      .button.danger {
        color: contrast-color(var(--_danger));
      }
    }
    .button.danger.secondary {
      background: none;
      color: var(--_danger);
    }
    .emergency,
    .crisis {
      padding-inline-start: 0.75em;
    }
    li + li {
      margin-top: 0.25em;
    }
    .version {
      font-size: 0.8125em;
    }
    @media (forced-colors: active) {
      .quiz,
      .option {
        border: 1px solid CanvasText;
      }
      .option:has(:checked) {
        outline: 2px solid Highlight;
      }
    }
  `,
];
