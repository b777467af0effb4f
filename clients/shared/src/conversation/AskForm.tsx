import { useState, type FormEvent, type KeyboardEvent } from "react";

/** The question box. Ctrl+Enter (⌘+Enter) asks. */
export function AskForm({ busy, onAsk }: { busy: boolean; onAsk: (question: string) => Promise<boolean> }) {
  const [question, setQuestion] = useState("");
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!question.trim() || busy) {
      return;
    }
    if (await onAsk(question.trim())) {
      setQuestion("");
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      void submit();
    }
  };
  return (
    <form className="ask-form" onSubmit={submit}>
      <label htmlFor="question">Question</label>
      <textarea
        id="question"
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
        placeholder="What is going on? (Ctrl+Enter to ask)"
        aria-keyshortcuts="Control+Enter"
      />
      <button type="submit" disabled={busy || !question.trim()}>
        Ask
      </button>
    </form>
  );
}
