import { expect } from '@open-wc/testing';
import { track } from '../../src/core/analytics.js';
import { resetWarnings } from '../../src/core/warn.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';

describe('analytics bridge', () => {
  const w = window as unknown as { dataLayer?: unknown[] };
  let warnings: string[];
  const original = console.warn;

  beforeEach(() => {
    warnings = [];
    resetWarnings();
    w.dataLayer = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });

  afterEach(() => {
    console.warn = original;
    delete w.dataLayer;
  });

  it('pushes nothing and says nothing when the site has not opted in', async () => {
    await withSiteDefaults({}, () => track('care-quiz', 'intake-quiz-start'));
    expect(w.dataLayer).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it("takes Google Tag Manager's own spelling, dataLayer, as opting in", async () => {
    await withSiteDefaults({ analytics: 'dataLayer' }, () =>
      track('contact-card', 'intake-contact', { method: 'call', phone: '2065550100' }),
    );
    expect(w.dataLayer).to.deep.equal([
      { event: 'intake-contact', intake_widget: 'contact-card', intake_method: 'call' },
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('never pushes quiz steps: their number and count depend on the answers (alcohol adds one)', async () => {
    await withSiteDefaults({ analytics: 'datalayer' }, () => {
      track('care-quiz', 'intake-quiz-start');
      track('care-quiz', 'intake-quiz-step', { index: 5, total: 16 });
    });
    expect(w.dataLayer).to.deep.equal([{ event: 'intake-quiz-start', intake_widget: 'care-quiz' }]);
  });

  it('never pushes an emergency or crisis result: that stays on the page', async () => {
    await withSiteDefaults({ analytics: 'datalayer' }, () => {
      for (const outcome of ['emergency', 'crisis', 'iop'])
        track('care-quiz', 'intake-quiz-complete', { outcome });
    });
    expect(w.dataLayer).to.deep.equal([
      { event: 'intake-quiz-complete', intake_widget: 'care-quiz', intake_outcome: 'iop' },
    ]);
  });

  it("passes the insurance checker's status and error kind, and nothing it was not asked for", async () => {
    await withSiteDefaults({ analytics: 'datalayer' }, () => {
      track('insurance-check', 'intake-insurance-submitted', {
        status: 'in-network',
        carrier: 'Premera Blue Cross',
        reference: 'NP-1',
      });
      track('insurance-check', 'intake-insurance-error', { kind: 'validation', field: 'memberId' });
    });
    expect(w.dataLayer).to.deep.equal([
      { event: 'intake-insurance-submitted', intake_widget: 'insurance-check', intake_status: 'in-network' },
      { event: 'intake-insurance-error', intake_widget: 'insurance-check', intake_kind: 'validation' },
    ]);
  });

  it('creates window.dataLayer when the page has none yet', async () => {
    delete w.dataLayer;
    await withSiteDefaults({ analytics: 'datalayer' }, () => track('care-quiz', 'intake-quiz-start'));
    expect(w.dataLayer).to.deep.equal([{ event: 'intake-quiz-start', intake_widget: 'care-quiz' }]);
  });

  it("pushes to the page's own dataLayer (Google Tag Manager's), never a new one", async () => {
    const existing: unknown[] = [{ event: 'gtm.js' }];
    w.dataLayer = existing;
    await withSiteDefaults({ analytics: 'datalayer' }, () => track('care-quiz', 'intake-quiz-start'));
    expect(w.dataLayer).to.equal(existing);
    expect(existing).to.deep.equal([
      { event: 'gtm.js' },
      { event: 'intake-quiz-start', intake_widget: 'care-quiz' },
    ]);
  });

  it('warns once about any other value and pushes nothing', async () => {
    await withSiteDefaults({ analytics: 'gtm' }, () => {
      track('care-quiz', 'intake-quiz-start');
      track('care-quiz', 'intake-quiz-step', { index: 2, total: 16 });
    });
    expect(w.dataLayer).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      'intake-widgets: data-analytics="gtm" is not "datalayer"; widget events are not pushed to window.dataLayer',
    ]);
  });
});
