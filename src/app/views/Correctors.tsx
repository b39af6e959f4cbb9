// The forms that make corrections: on a meeting (confirm, reject, kind, date, place,
// participants) and on an entity (rename, country, type, merge, split an alias). Each
// control records one correction through the store's `correct`; nothing here edits
// the graph. Thin: the records are built by src/review/refs.ts, applied by apply.ts.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ENTITY_TYPES, isoDate, MEETING_KINDS, type Entity, type EntityType, type GraphDocument, type Meeting } from '../../model';
import { entityRef, meetingRef } from '../../review/refs';
import { slugOf } from '../../review/text';
import { COUNTRY_NAMES } from '../shared/countryNames';
import { countryName, kindLabel, typeLabel } from '../shared/format';
import { useExplorer } from '../store';
import { graphIndex } from '../store/selectors';

/** A button that shows its panel below it when pressed (the panel is rendered only while open). */
export function Disclosure({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={`disclosure${className ? ` ${className}` : ''}`}>
      <button type="button" className="link-button disclosure__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? '▾' : '▸'} {label}
      </button>
      {open && (
        <div id={id} className="disclosure__panel">
          {children}
        </div>
      )}
    </div>
  );
}

/** The entity a typed name means: same name or alias, case aside, of the preferred type first. */
export function findEntity(graph: GraphDocument | null, name: string, prefer?: EntityType): Entity | null {
  const n = name.trim().toLowerCase();
  if (!n || !graph) return null;
  const hits = graph.entities.filter((e) => e.name.toLowerCase() === n || e.aliases.some((a) => a.toLowerCase() === n) || e.id.toLowerCase() === n);
  return hits.find((e) => e.type === prefer) ?? hits[0] ?? null;
}

/** An ISO alpha-3 code from a code or a country's name ("fra", "France"); null when neither. */
export function countryCodeOf(input: string): string | null {
  const t = input.trim();
  if (/^[A-Za-z]{3}$/.test(t)) return t.toUpperCase();
  const hit = Object.entries(COUNTRY_NAMES).find(([, name]) => name.toLowerCase() === t.toLowerCase());
  return hit ? hit[0] : null;
}

function EntityOptions({ id, graph }: { id: string; graph: GraphDocument | null }) {
  return (
    <datalist id={id}>
      {(graph?.entities ?? []).map((e) => (
        <option key={e.id} value={e.name}>
          {typeLabel(e.type)}
          {e.country && e.type !== 'country' ? `, ${countryName(e.country)}` : ''}
        </option>
      ))}
    </datalist>
  );
}

function CountryOptions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {Object.entries(COUNTRY_NAMES).map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </datalist>
  );
}

/** A one-field form: label, input, submit button, and its error under it. */
function FieldForm({ label, initial = '', placeholder, list, submit, onSubmit }: { label: string; initial?: string; placeholder?: string; list?: string; submit: string; onSubmit: (value: string) => string | null }) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const send = (e: FormEvent) => {
    e.preventDefault();
    const problem = onSubmit(value);
    setError(problem);
  };
  return (
    <form className="corrector__field" onSubmit={send}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} placeholder={placeholder} list={list} onChange={(e) => setValue(e.target.value)} aria-invalid={error !== null} autoComplete="off" />
      <button type="submit">{submit}</button>
      {error && (
        <span className="corrector__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

function NoteField({ note, setNote }: { note: string; setNote: (n: string) => void }) {
  const id = useId();
  return (
    <p className="corrector__field corrector__note">
      <label htmlFor={id}>Note</label>
      <input id={id} value={note} onChange={(e) => setNote(e.target.value)} placeholder="optional: why (kept with the next correction)" />
    </p>
  );
}

export function MeetingCorrector({ meeting: m }: { meeting: Meeting }) {
  const graph = useExplorer((s) => s.graph);
  const correct = useExplorer((s) => s.correct);
  const [note, setNote] = useState('');
  const [newType, setNewType] = useState<EntityType>('person');
  const listId = useId();
  const { byId } = graphIndex(graph);
  const target = meetingRef(m);
  const done = () => setNote('');
  const extra = note.trim() ? { note } : {};
  const confirmed = m.corrected?.includes('confirmed');

  return (
    <div className="corrector" role="group" aria-label="Correct this meeting">
      <p className="corrector__actions">
        <button type="button" disabled={confirmed} onClick={() => { correct({ op: 'confirm', target, ...extra }); done(); }} title="Reviewed: it happened as reported">
          {confirmed ? 'Confirmed' : 'Confirm'}
        </button>
        <button type="button" className="danger" onClick={() => { correct({ op: 'reject', target, ...extra }); done(); }} title="Not a meeting (a plan, a rumour, a misreading): leave it out of the graph">
          Reject
        </button>
      </p>
      <p className="corrector__field">
        <label htmlFor={`${listId}-kind`}>Kind</label>
        <select id={`${listId}-kind`} value={m.kind} onChange={(e) => { correct({ op: 'set-kind', target, value: e.target.value as Meeting['kind'], ...extra }); done(); }}>
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </p>
      <FieldForm
        label="Date"
        initial={m.date ?? ''}
        placeholder="YYYY-MM-DD, YYYY-MM or YYYY"
        submit="Set date"
        onSubmit={(v) => {
          const value = v.trim() === '' ? null : v.trim();
          if (value !== null) {
            const ok = isoDate.safeParse(value);
            if (!ok.success) return ok.error.issues[0]!.message;
          }
          if (value === m.date) return 'That is its date already.';
          correct({ op: 'set-date', target, value, ...extra });
          done();
          return null;
        }}
      />
      <FieldForm
        label="Place"
        initial={m.location ?? ''}
        placeholder="city or venue; empty: unknown"
        submit="Set place"
        onSubmit={(v) => {
          const value = v.trim() === '' ? null : v.trim().slice(0, 500);
          if (value === m.location) return 'That is its place already.';
          correct({ op: 'set-place', target, value, ...extra });
          done();
          return null;
        }}
      />
      <div className="corrector__field corrector__people">
        <span className="corrector__label">Participants</span>
        <ul aria-label="Participants">
          {m.participants.map((p) => {
            const e = byId.get(p);
            const name = e?.name ?? p;
            return (
              <li key={p}>
                {name}
                {e && m.participants.length > 1 && (
                  <button type="button" className="corrector__remove" aria-label={`Remove ${name}`} title={`${name} did not take part`} onClick={() => { correct({ op: 'remove-participant', target, value: entityRef(graph, e), ...extra }); done(); }}>
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <EntityOptions id={`${listId}-entities`} graph={graph} />
      <FieldForm
        label="Add"
        placeholder="a name on the map, or a new one"
        list={`${listId}-entities`}
        submit="Add participant"
        onSubmit={(v) => {
          const name = v.trim();
          if (!name) return 'Type a name.';
          const e = findEntity(graph, name, newType);
          if (e && m.participants.includes(e.id)) return `${e.name} takes part already.`;
          const value = e ? entityRef(graph, e) : { id: `${newType}:${slugOf(name)}`, type: newType, name };
          correct({ op: 'add-participant', target, value, ...extra });
          done();
          return null;
        }}
      />
      <p className="corrector__field corrector__hint">
        <label htmlFor={`${listId}-newtype`}>A new name is a</label>
        <select id={`${listId}-newtype`} value={newType} onChange={(e) => setNewType(e.target.value as EntityType)}>
          {ENTITY_TYPES.filter((t) => t !== 'country').map((t) => (
            <option key={t} value={t}>
              {typeLabel(t).toLowerCase()}
            </option>
          ))}
        </select>
      </p>
      <NoteField note={note} setNote={setNote} />
    </div>
  );
}

export function EntityCorrector({ entity: e }: { entity: Entity }) {
  const graph = useExplorer((s) => s.graph);
  const correct = useExplorer((s) => s.correct);
  const [note, setNote] = useState('');
  const ids = useId();
  const target = entityRef(graph, e);
  const extra = note.trim() ? { note } : {};
  const done = () => setNote('');

  return (
    <div className="corrector" role="group" aria-label="Correct this entity">
      <FieldForm
        label="Name"
        initial={e.name}
        submit="Rename"
        onSubmit={(v) => {
          const value = v.trim();
          if (!value) return 'A name cannot be empty.';
          if (value === e.name) return 'That is its name already.';
          correct({ op: 'rename', target, value, ...extra });
          done();
          return null;
        }}
      />
      {e.type !== 'country' && (
        <>
          <CountryOptions id={`${ids}-countries`} />
          <FieldForm
            label="Country"
            initial={e.country ?? ''}
            placeholder="code or name, e.g. FRA; empty: none"
            list={`${ids}-countries`}
            submit="Set country"
            onSubmit={(v) => {
              const value = v.trim() === '' ? null : countryCodeOf(v);
              if (v.trim() !== '' && value === null) return `“${v.trim()}” is not a country code (ISO 3166-1 alpha-3, e.g. FRA) or name.`;
              if (value === e.country) return 'That is its country already.';
              correct({ op: 'set-country', target, value, ...extra });
              done();
              return null;
            }}
          />
        </>
      )}
      <p className="corrector__field">
        <label htmlFor={`${ids}-type`}>Type</label>
        <select id={`${ids}-type`} value={e.type} onChange={(ev) => { correct({ op: 'set-type', target, value: ev.target.value as EntityType, ...extra }); done(); }}>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t} disabled={t === 'country' && !(e.country && e.country !== 'INT')}>
              {typeLabel(t)}
            </option>
          ))}
        </select>
      </p>
      <EntityOptions id={`${ids}-entities`} graph={graph} />
      <FieldForm
        label="Same as"
        placeholder="another name on the map"
        list={`${ids}-entities`}
        submit="Merge"
        onSubmit={(v) => {
          const into = findEntity(graph, v, e.type);
          if (!into) return `No entity is called “${v.trim()}”.`;
          if (into.id === e.id) return 'That is this entity.';
          correct({ op: 'merge', target, value: entityRef(graph, into), ...extra });
          done();
          return null;
        }}
      />
      {e.aliases.length > 0 && e.type !== 'country' && (
        <div className="corrector__field corrector__people">
          <span className="corrector__label">Aliases</span>
          <ul aria-label="Aliases">
            {e.aliases.map((a) => (
              <li key={a}>
                {a}
                <button
                  type="button"
                  className="link-button"
                  title={`“${a}” is someone else: make it an entity of its own, with the meetings that name it`}
                  onClick={() => {
                    correct({ op: 'split-alias', target, value: { alias: a, id: `${e.type}:${slugOf(a)}` }, ...extra });
                    done();
                  }}
                >
                  split off
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <NoteField note={note} setNote={setNote} />
    </div>
  );
}
