/**
 * An HTTP answer as its status, text and JSON (undefined when the body is empty or not JSON): how the
 * verify script and the emulator's own clients read Azure DevOps, whose errors are JSON but whose 401s and
 * proxies' pages are not.
 */
export interface Answer {
  status: number;
  text: string;
  json: unknown;
}

export async function readAnswer(res: Response): Promise<Answer> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}
