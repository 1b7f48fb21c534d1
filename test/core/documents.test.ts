import { expect } from '@open-wc/testing';
import '../../src/embed.js';

describe('widgets in another document (a same-origin iframe)', () => {
  for (const tag of ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check']) {
    it(`${tag}: renders styled there, and stays styled when moved there and back`, async () => {
      const frame = document.body.appendChild(document.createElement('iframe'));
      try {
        const other = frame.contentDocument!;
        const created = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        created.setAttribute('phone', '206-555-0100');
        other.body.append(created);
        await created.updateComplete;
        expect(created.shadowRoot!.childElementCount).to.be.greaterThan(1);
        expect(frame.contentWindow!.getComputedStyle(created).display).to.equal('block');

        const moved = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        document.body.append(moved);
        await moved.updateComplete;
        other.body.append(moved);
        expect(frame.contentWindow!.getComputedStyle(moved).display).to.equal('block');
        document.body.append(moved);
        expect(getComputedStyle(moved).display).to.equal('block');
        expect(moved.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
        expect(moved.shadowRoot!.querySelectorAll('style').length).to.equal(0);
        moved.remove();
      } finally {
        frame.remove();
      }
    });
  }
});
