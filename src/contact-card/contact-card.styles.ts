import { css } from 'lit';
import { buttonStyles, hostStyles } from '../styles/host.js';

export const contactCardStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      --_accent: var(--intake-card-accent, var(--intake-accent, #0b5cad));
      --_surface: var(--intake-card-surface, var(--intake-surface, #ffffff));
      max-width: var(--intake-card-max-width, 32em);
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    .card {
      display: flex;
      flex-direction: column;
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .photo {
      display: block;
      width: 100%;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      background: var(--_border);
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.75);
      padding: calc(var(--_space) * 1.25);
    }
    .heading {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.25;
    }
    .name {
      font-weight: 600;
    }
    .status {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: 600;
    }
    .status::before {
      content: '';
      flex: none;
      width: 0.6em;
      height: 0.6em;
      border-radius: 50%;
      background: currentColor;
    }
    .status.is-open {
      color: var(--intake-open, #1e6b34);
    }
    .status.is-closed {
      color: var(--_muted);
    }
    .message,
    .address,
    .steps {
      color: var(--_text);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .actions .button {
      flex: 1 1 auto;
    }
    .steps h3 {
      font-size: 1em;
      font-weight: 700;
    }
    .steps ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
    .address {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      font-style: normal;
    }
    .after-hours,
    .crisis {
      display: flex;
      flex-direction: column;
      gap: 0.35em;
      padding: 0.75em;
      border-inline-start: 4px solid var(--_danger);
      border-radius: calc(var(--_radius) * 0.5);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
    }
    .crisis-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em 1em;
      font-weight: 600;
    }
    .crisis-links a {
      color: var(--_danger);
    }

    /* layout="bar": a compact call bar fixed to the bottom of the viewport. */
    :host([layout='bar']) {
      position: fixed;
      inset-inline: 0;
      bottom: 0;
      z-index: var(--intake-bar-z-index, 1000);
      max-width: none;
    }
    .bar {
      container-type: inline-size;
      display: flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.5em 0.5em 0.5em 1em;
      padding-bottom: calc(0.5em + env(safe-area-inset-bottom, 0px));
      border-top: 1px solid var(--_border);
      background: var(--_surface);
      box-shadow: 0 -2px 8px rgb(0 0 0 / 0.12);
    }
    .bar-text {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      min-width: 0;
      line-height: 1.3;
    }
    .bar-name {
      overflow: hidden;
      font-weight: 700;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .bar .status {
      overflow: hidden;
      font-size: 0.875em;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .bar .status::before {
      display: none;
    }
    .bar-number {
      white-space: nowrap;
    }
    .dismiss {
      flex: none;
      width: 2.75em;
      height: 2.75em;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--_muted);
      font: inherit;
      font-size: 1.25em;
      line-height: 1;
      cursor: pointer;
    }
    /* On a phone the number itself does not fit beside the name; "Call" still dials it. */
    @container (max-width: 30em) {
      .bar-number {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .card,
      .bar {
        border: 1px solid CanvasText;
      }
      .status::before {
        background: CanvasText;
      }
      .after-hours,
      .crisis {
        border: 1px solid CanvasText;
      }
    }
  `,
];
