// The bench's baseline: one trivial Lit element, built exactly like the drop-in file.
import { html, LitElement } from 'lit';

class TrivialElement extends LitElement {
  override render() {
    return html`<p>Hello</p>`;
  }
}
customElements.define('trivial-element', TrivialElement);
