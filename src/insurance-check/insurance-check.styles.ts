import { css } from 'lit';
import { buttonStyles, hostStyles } from '../styles/host.js';

export const insuranceCheckStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      --_accent: var(--intake-insurance-accent, var(--intake-accent, #0b5cad));
      max-width: var(--intake-insurance-max-width, 40em);
    }
    .box,
    form,
    fieldset,
    .result,
    .field,
    .alert,
    .summary {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    .box {
      padding: calc(var(--_space) * 1.25);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .result {
      align-items: flex-start;
    }
    .field {
      gap: 0.25em;
    }
    h2 {
      font-size: 1.25em;
      line-height: 1.25;
    }
    h3 {
      font-size: 1em;
    }
    fieldset {
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 0.5em;
      padding: 0;
      font-weight: 700;
    }
    label {
      font-weight: 600;
    }
    input,
    select {
      width: 100%;
      min-height: 2.75em;
      padding: 0.5em 0.6em;
      border: 2px solid var(--_muted);
      border-radius: calc(var(--_radius) * 0.5);
      background: var(--_surface);
      color: inherit;
      font: inherit;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .parts,
    .options,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    .parts {
      align-items: flex-start;
      gap: 0.5em;
    }
    .parts .field {
      flex: 0 0 4em;
    }
    .parts .field:last-child {
      flex-basis: 5.5em;
    }
    /* Radios and checkboxes: the box in the first column, label (and error) in the second. */
    .option,
    .checkbox {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: start;
      gap: 0.25em 0.6em;
      min-height: 2.75em;
      font-weight: 400;
    }
    .option {
      align-items: center;
    }
    .checkbox > * {
      grid-column: 2;
      font-weight: 400;
    }
    .option input,
    .checkbox input {
      grid-area: 1 / 1;
      width: 1.35em;
      min-height: 0;
      height: 1.35em;
      margin: 0.1em 0 0;
      accent-color: var(--_accent);
    }
    .hint {
      color: var(--_muted);
      font-weight: 400;
    }
    .error,
    .summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .summary,
    .alert {
      gap: 0.5em;
      padding: var(--_space);
      border: 3px solid var(--_danger);
      border-radius: calc(var(--_radius) * 0.5);
    }
    .summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .link {
      align-self: flex-start;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    img {
      max-width: 10em;
      max-height: 7em;
      border: 1px solid var(--_border);
    }
    .reference {
      font-weight: 700;
    }
    [tabindex='-1']:focus-visible {
      outline: var(--_focus);
    }
    @media (forced-colors: active) {
      .link {
        color: LinkText;
      }
    }
  `,
];
