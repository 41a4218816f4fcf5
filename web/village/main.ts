/**
 * 村务公开栏, /public/villages/<villageId> (the QR codes on each 承诺书, on the checklist page and on
 * the village's poster point here): the campaign plan, drafts under solicitation with a form for
 * opinions, each cadre's approved pledges with their progress, and the publications with their
 * periods and objection links. One JSON call. No login and no framework: it has to open fast on a
 * cheap phone, and print cleanly.
 */
import { localDate } from '../../server/domain/local-time.ts';
import { h, show } from '../vote/dom.ts';
import { loadVillageBoard, PageError, type PublicPledge, type PublicSet } from './api.ts';
import type { BoardPledge, BoardPublication, VillageBoard } from './board-types.ts';
import { opinionForm } from './opinion-form.ts';
import { progressTimeline } from './progress-timeline.ts';
import { publicationCard, publicationSection } from './publication-list.ts';
import { earlierResultsSection } from './results-list.ts';
import { S } from './strings.ts';
import './style.css';

const villageId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() ?? '');

function pledgeItem(p: PublicPledge | BoardPledge, index: number): HTMLElement {
  const progress = 'progress' in p ? p.progress : null;
  return h(
    'li',
    { 'data-testid': 'public-pledge' },
    h(
      'p',
      { class: 'pledge-title' },
      h('strong', {}, `${index}. ${p.title}`),
      ' ',
      h('span', { class: 'tag' }, p.category),
    ),
    h('p', { class: 'pledge-content' }, p.content),
    h('p', { class: 'muted' }, `${S.standard}：${p.completionStandard}`),
    h('p', { class: 'muted' }, `${S.due}：${p.dueDate}`),
    progress ? progressTimeline(progress) : null,
  );
}

function setCard(
  set: PublicSet | VillageBoard['approved'][number],
  timeZone: string,
  form: HTMLElement | null,
): HTMLElement {
  return h(
    'article',
    { class: 'card', 'data-testid': 'public-set', 'data-name': set.name },
    h(
      'h3',
      { class: 'set-title' },
      h('span', {}, set.name),
      h('span', { class: 'tag' }, set.roleLabel),
      set.approvedAt
        ? h('span', { class: 'tag ok' }, S.approvedOn(localDate(new Date(set.approvedAt), timeZone)))
        : null,
    ),
    h(
      'ol',
      { class: 'pledges' },
      set.pledges.map((p, i) => pledgeItem(p, i + 1)),
    ),
    form,
  );
}

function section(testId: string, title: string, intro: string, cards: HTMLElement[]): HTMLElement | null {
  if (cards.length === 0) return null;
  return h(
    'section',
    { 'data-testid': testId },
    h('h2', {}, title),
    h('p', { class: 'muted' }, intro),
    cards,
  );
}

/** The latest plan still standing: its key rules and text, at the top of the board. */
function planSection(list: BoardPublication[]): HTMLElement | null {
  const plan = list.find((p) => p.content?.kind === 'plan');
  if (plan?.content?.kind !== 'plan') return null;
  return h(
    'section',
    { 'data-testid': 'public-plan' },
    h('h2', {}, S.plan),
    h(
      'details',
      { class: 'card' },
      h('summary', {}, plan.title),
      h(
        'dl',
        { class: 'facts' },
        plan.content.facts.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.value)]),
      ),
      h('p', { class: 'pledge-content' }, plan.content.text),
    ),
  );
}

function footerLinks(links: VillageBoard['links']): HTMLElement {
  return h(
    'nav',
    { class: 'links', 'aria-label': S.links },
    h('a', { class: 'button-link', href: links.mailbox }, S.mailbox),
    h('a', { href: links.township }, S.townshipBoard),
    h('a', { href: links.poster }, S.poster),
  );
}

function failed(error: unknown): void {
  const message =
    error instanceof PageError ? (error.status === 404 ? S.notFound : error.message) : S.unknownError;
  show(
    h('p', { class: 'notice error', role: 'alert' }, message),
    h('button', { type: 'button', class: 'secondary', onclick: () => void open() }, S.retry),
  );
}

async function open(): Promise<void> {
  show(h('p', { class: 'muted' }, S.loading));
  try {
    const board = await loadVillageBoard(villageId);
    const { village, campaign, soliciting, approved, timeZone } = board;
    document.title = S.title(village.name);
    const empty = !campaign ? S.noCampaign : soliciting.length + approved.length === 0 ? S.nothing : null;
    show(
      h(
        'header',
        { class: 'heading' },
        h('h1', {}, S.title(village.name)),
        campaign ? h('p', { class: 'muted' }, S.subtitle(village.township, campaign.year)) : null,
      ),
      planSection(board.publications),
      empty ? h('p', { class: 'notice info' }, empty) : null,
      section(
        'public-soliciting',
        S.soliciting,
        S.solicitingIntro,
        soliciting.map((set) => setCard(set, timeZone, opinionForm(village.id, set))),
      ),
      section(
        'public-approved',
        S.approved,
        S.approvedIntro,
        approved.map((set) => setCard(set, timeZone, null)),
      ),
      publicationSection(board.publications),
      earlierResultsSection(board.earlierResults, publicationCard),
      footerLinks(board.links),
    );
    const print = document.getElementById('print');
    if (print) {
      print.textContent = S.print;
      print.hidden = false;
      print.onclick = () => window.print();
    }
  } catch (error) {
    failed(error);
  }
}

void open();
