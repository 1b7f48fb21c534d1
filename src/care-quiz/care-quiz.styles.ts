import { css } from 'lit';
import { buttonStyles, hostStyles } from '../styles/host.js';

export const careQuizStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      --_accent: var(--intake-quiz-accent, var(--intake-accent, #0b5cad));
      --_surface: var(--intake-quiz-surface, var(--intake-surface, #ffffff));
      max-width: var(--intake-quiz-max-width, 40em);
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    .quiz {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.25);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .step,
    .end {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.75);
    }
    .title {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }
    .end .title ~ .title {
      margin-top: calc(var(--_space) * 0.5);
      font-size: 1.05em;
    }
    .title:focus {
      outline: none;
    }
    .title:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .lead {
      display: block;
      color: var(--_muted);
      font-size: 0.8em;
      font-weight: 600;
    }
    .notice {
      padding: 0.4em 0.75em;
      border-inline-start: 4px solid var(--_danger);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
      font-size: 0.9375em;
    }
    .notice a,
    .links a {
      color: var(--_danger);
      font-weight: 600;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em 1em;
    }
    .progress {
      display: flex;
      flex-direction: column;
      gap: 0.35em;
      color: var(--_muted);
      font-size: 0.9375em;
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
      background: transparent;
    }
    progress::-webkit-progress-value {
      background: var(--_accent);
    }
    progress::-moz-progress-bar {
      background: var(--_accent);
    }
    fieldset {
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
    }
    .hint {
      margin: 0.35em 0 0.75em;
      color: var(--_muted);
    }
    .error {
      margin-bottom: 0.75em;
      color: var(--_danger);
      font-weight: 600;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
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
    .text {
      display: flex;
      flex-direction: column;
    }
    .example {
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .nav,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .nav {
      margin-top: calc(var(--_space) * 0.5);
    }
    .restart {
      min-height: 2.75em;
      margin-inline-start: auto;
      padding: 0.5em;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .button.danger {
      border-color: var(--_danger);
      background: var(--_danger);
    }
    .button.danger.secondary {
      background: transparent;
      color: var(--_danger);
    }
    .emergency,
    .crisis {
      padding-inline-start: 0.75em;
      border-inline-start: 4px solid var(--_danger);
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    li + li {
      margin-top: 0.25em;
    }
    .hours {
      font-weight: 600;
    }
    .disclaimer {
      font-weight: 600;
    }
    .version {
      color: var(--_muted);
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
