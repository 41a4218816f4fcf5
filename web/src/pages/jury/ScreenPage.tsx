import { type CSSProperties, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { fetchScreen, meetingPath } from './queries.ts';
import { L } from './strings.ts';
import type { Screen } from './types.ts';

/**
 * The live state of a meeting from the server's event stream: a full state on every connect and
 * after every change; EventSource reconnects by itself (the server says after 2 s).
 */
function useLiveScreen(meetingId: string) {
  const [state, setState] = useState<Screen | null>(null);
  const [connected, setConnected] = useState(true);
  useEffect(() => {
    let closed = false;
    // The first paint does not wait for the stream.
    void fetchScreen(meetingId).then(
      (s) => !closed && setState((prev) => prev ?? s),
      () => undefined,
    );
    const source = new EventSource(`${meetingPath(meetingId)}/live`);
    source.addEventListener('state', (e) => {
      setConnected(true);
      setState(JSON.parse((e as MessageEvent<string>).data) as Screen);
    });
    source.onerror = () => setConnected(false);
    source.onopen = () => setConnected(true);
    return () => {
      closed = true;
      source.close();
    };
  }, [meetingId]);
  return { state, connected };
}

const css = {
  page: {
    position: 'fixed',
    inset: 0,
    background: '#7f1d1d',
    color: '#fff',
    padding: '3vh 4vw',
    display: 'flex',
    flexDirection: 'column',
    gap: '2.5vh',
    fontFamily: '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif',
    overflow: 'hidden',
  },
  title: { fontSize: 'clamp(22px, 3.4vw, 56px)', fontWeight: 700, textAlign: 'center', letterSpacing: 2 },
  sub: { fontSize: 'clamp(14px, 1.6vw, 26px)', textAlign: 'center', opacity: 0.85 },
  current: {
    background: 'rgba(255,255,255,0.1)',
    borderRadius: 16,
    padding: '2.5vh 3vw',
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: '3vw',
  },
  label: { fontSize: 'clamp(16px, 1.8vw, 30px)', color: '#fde68a' },
  name: { fontSize: 'clamp(36px, 6vw, 104px)', fontWeight: 800, lineHeight: 1.1 },
  count: { fontSize: 'clamp(28px, 4vw, 72px)', fontWeight: 700, textAlign: 'right' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(30vw, 420px), 1fr))',
    gap: '1.2vh 2vw',
    overflow: 'hidden',
  },
  row: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    fontSize: 'clamp(16px, 2vw, 34px)',
    borderBottom: '1px solid rgba(255,255,255,0.25)',
    padding: '0.6vh 0',
  },
  score: {
    fontSize: 'clamp(20px, 2.6vw, 46px)',
    fontWeight: 800,
    color: '#fde68a',
    fontVariantNumeric: 'tabular-nums',
  },
  rule: { fontSize: 'clamp(12px, 1.2vw, 20px)', opacity: 0.75, textAlign: 'center', marginTop: 'auto' },
  fullScreen: {
    position: 'absolute',
    top: 8,
    right: 8,
    background: 'transparent',
    color: 'rgba(255,255,255,0.5)',
    border: '1px solid rgba(255,255,255,0.3)',
    borderRadius: 4,
    cursor: 'pointer',
  },
  banner: {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    background: '#f59e0b',
    color: '#000',
    textAlign: 'center',
    fontSize: 20,
    padding: 6,
  },
} satisfies Record<string, CSSProperties>;

/** The projector's full-screen page: no menu, big type, updated live without a reload. */
export function ScreenPage() {
  const { meetingId = '' } = useParams();
  const { state, connected } = useLiveScreen(meetingId);
  if (!state) return <div style={css.page} />;
  const current = state.current;
  const done =
    state.status === 'finished' ||
    (state.status === 'running' && !current && state.reporters.every((r) => r.status === 'done'));
  return (
    <div style={css.page} data-testid="jury-screen">
      {!connected && <div style={css.banner}>{L.reconnecting}</div>}
      <button
        type="button"
        style={css.fullScreen}
        onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
      >
        {L.fullScreen}
      </button>
      <div>
        <div style={css.title}>{state.title}</div>
        <div style={css.sub}>{`${state.heldAtText} · ${state.place} · ${L.jurors(state.jurorCount)}`}</div>
      </div>
      <div style={css.current} data-testid="jury-screen-current">
        {current ? (
          <>
            <div>
              <div style={css.label}>{`${L.reporting}（${current.position}）`}</div>
              <div style={css.name}>{current.name}</div>
              <div style={css.label}>{`${current.villageName} ${current.posts}`}</div>
            </div>
            <div style={css.count}>
              <div data-testid="jury-screen-scored">{L.scored(current.scored, current.expected)}</div>
              {current.recused > 0 && (
                <div style={{ ...css.label, textAlign: 'right' }}>{L.recused(current.recused)}</div>
              )}
            </div>
          </>
        ) : (
          <div style={css.name}>{done ? L.allDone : L.waiting}</div>
        )}
      </div>
      <div style={css.label}>{L.results}</div>
      <div style={css.grid} data-testid="jury-screen-results">
        {state.reporters.map((r) => (
          <div key={r.position} style={css.row}>
            <span>{`${r.position}. ${r.villageName} ${r.name}`}</span>
            <span>
              {r.score !== null && r.recused > 0 && (
                <small style={{ fontSize: '0.6em', marginRight: 12, opacity: 0.8 }}>
                  {L.recused(r.recused)}
                </small>
              )}
              {r.score !== null && r.corrected && (
                <small
                  style={{ fontSize: '0.6em', marginRight: 12, opacity: 0.8 }}
                  data-testid="jury-screen-corrected"
                >
                  {L.corrected}
                </small>
              )}
              <span style={r.score !== null ? css.score : { opacity: 0.6 }}>
                {r.score !== null ? r.score.toFixed(2) : r.status === 'waiting' ? L.notYet : L.pending}
              </span>
            </span>
          </div>
        ))}
      </div>
      <div style={css.rule}>{state.rule}</div>
    </div>
  );
}
