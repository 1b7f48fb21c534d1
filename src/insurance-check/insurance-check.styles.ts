import { css } from 'lit';
import { buttonStyles, hostStyles } from '../styles/host.js';

// Box, stacks, headings, fieldset reset, error and hint colours and the link button: see hostStyles.
export const insuranceCheckStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      --_a: var(--intake-insurance-accent);
      /* No surface property of its own: ignore a --_s inherited from the page. */
      --_s: initial;
      max-width: var(--intake-insurance-max-width, 40em);
    }
    fieldset {
      display: flex;
      flex-flow: column;
    }
    form,
    fieldset,
    .result {
      gap: var(--_space);
    }
    legend {
      margin-bottom: 0.5em;
      font-weight: 700;
    }
    label {
      font-weight: 600;
    }
    /* A card photo's button (its file field is kept, out of sight): it shows the field's focus. */
    .field input.visually-hidden {
      width: 1px;
      min-height: 0;
      height: 1px;
      padding: 0;
      border: 0;
    }
    .pick {
      align-self: flex-start;
    }
    .field:has(input:focus-visible) .pick {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    /* Kept out of forced colours as a .button, its ring would keep the accent. */
    @media (forced-colors: active) {
      .field:has(input:focus-visible) .pick {
        outline-color: Highlight;
      }
    }
    .field:has(input:disabled) .pick {
      opacity: 0.6;
      cursor: default;
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
      /* Under 16px, Safari on iPhone zooms the page in on every field the visitor taps. */
      font-size: max(1em, 16px);
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .options,
    .actions {
      align-items: center;
      gap: 0.5em 1em;
    }
    .parts,
    .result {
      align-items: flex-start;
    }
    /* Sized to their text, but never past the box: a word longer than a narrow line breaks. */
    .result > * {
      max-width: 100%;
    }
    /* Room for "12" and "1990" in the fields' own text, which is 16px or more (see input). */
    .parts .field {
      flex: 0 0 max(4em, 64px);
    }
    .parts .field:last-child {
      flex-basis: max(5.5em, 88px);
    }
    /* Radios and checkboxes: the box in the first column, label (and error) in the second. */
    .option,
    .checkbox {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: start;
      gap: 0.25em 0.6em;
      min-height: 2.75em;
    }
    .option,
    .checkbox,
    .checkbox label,
    .hint {
      font-weight: 400;
    }
    .option {
      align-items: center;
    }
    .checkbox > * {
      grid-column: 2;
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
    /* Links here keep the browser's underline position, not the shared 0.15em. */
    a {
      text-underline-offset: auto;
    }
    .summary,
    .alert {
      gap: 0.5em;
      padding: var(--_space);
      border: 3px solid var(--_danger);
      border-radius: calc(var(--_radius) * 0.5);
    }
    .link {
      align-self: flex-start;
      padding: 0;
    }
    /* min-width: 0, so that in a row with its button the photo can shrink below 10em on a 160px screen. */
    img {
      min-width: 0;
      max-width: min(10em, 100%);
      max-height: 7em;
      border: 1px solid var(--_border);
    }
    .reference {
      font-weight: 700;
    }
    [tabindex='-1']:focus-visible {
      outline: var(--_focus);
    }
  `,
];
