// The one way a tool reads a file the visitor chooses (a backup or export of this site):
// a button-styled label around a visually hidden file input. It reads the file's text,
// hands it to the tool, and empties the input so choosing the same file again reads it
// again. A file that cannot be read (moved, no permission) goes to onReadError with its
// name; the tool says so, and nothing it keeps changes.
interface Props {
  label: string;
  /** Called with the file's text and name; the tool checks it and says what happened. */
  onText: (text: string, name: string) => void | Promise<void>;
  onReadError: (name: string) => void;
  id?: string;
  /** Id of a hint that describes the field. */
  describedBy?: string;
}

export function FileImport({ label, onText, onReadError, id, describedBy }: Props) {
  async function read(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      onReadError(file.name);
      return;
    }
    await onText(text, file.name);
  }

  return (
    <label class="button file-import">
      {label}
      <input
        type="file"
        id={id}
        accept=".json,application/json"
        class="visually-hidden"
        aria-describedby={describedBy}
        onChange={read}
      />
    </label>
  );
}
