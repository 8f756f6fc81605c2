// Ask for enablement: what would help you sell. Someone allowed to act for salespeople (an admin,
// a PM who heard it on a call) may record who asked.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api.js';
import type { RequestView } from '../api-types.js';

export function AskForm(props: { forOthers: boolean; onAsked(request: RequestView): void }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [askedBy, setAskedBy] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Title: say what would help.');
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      const asked = await api.askRequest({
        title: title.trim(),
        description: description.trim(),
        ...(askedBy.trim() === '' ? {} : { requestedBy: askedBy.trim().toLowerCase() }),
      });
      setTitle('');
      setDescription('');
      setAskedBy('');
      props.onAsked(asked);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="card ask-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={`${id}-title`}>Ask for something</h2>
      <div className="field">
        <label htmlFor={`${id}-what`}>What would help you sell?</label>
        <input
          id={`${id}-what`}
          value={title}
          maxLength={300}
          placeholder="e.g. A one-page answer to the security questionnaire"
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>Details (optional)</label>
        <textarea
          id={`${id}-why`}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      {props.forOthers && (
        <div className="field">
          <label htmlFor={`${id}-by`}>Asked by (optional)</label>
          <input
            id={`${id}-by`}
            type="email"
            value={askedBy}
            aria-describedby={`${id}-by-hint`}
            onChange={(e) => setAskedBy(e.target.value)}
          />
          <p id={`${id}-by-hint`} className="hint">
            The salesperson you heard it from; leave it empty to ask as yourself.
          </p>
        </div>
      )}
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={saving}>
        Ask
      </button>
    </form>
  );
}
