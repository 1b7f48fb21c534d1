// A page whose Content-Security-Policy leaves data: out of img-src (its own file: the policy is the
// page's for good once set).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/embed.js';
import type { IntakeInsuranceCheck } from '../../src/insurance-check/insurance-check.js';

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "img-src 'self'";
document.head.append(meta);

const until = async (test: () => unknown) => {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(test(), 'in time').to.be.ok;
};

describe('<intake-insurance-check> under a CSP without img-src data:', () => {
  it('says the photo was added instead of showing a broken image', async () => {
    const el = await fixture<IntakeInsuranceCheck>(
      html`<intake-insurance-check endpoint="/api/intake" min-fill-ms="0" card-upload></intake-insurance-check>`,
    );
    const root = el.shadowRoot!;
    const canvas = document.createElement('canvas');
    canvas.width = 30;
    canvas.height = 20;
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const files = new DataTransfer();
    files.items.add(new File([png], 'front.png', { type: 'image/png' }));
    const input = root.querySelector<HTMLInputElement>('#cardFront')!;
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('p[part="preview"]'));
    expect(root.querySelector('p[part="preview"]')!.textContent).to.equal('Front of the card: photo added.');
    expect(root.querySelector('img')).to.equal(null);
    // The Remove button is still beside it.
    expect(root.querySelector('[part="preview"] + button')!.textContent).to.equal(
      'Remove: Front of the card',
    );
    await expect(el).to.be.accessible();
  });
});
