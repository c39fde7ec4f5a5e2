/** An input that could not be read: a one-line Chinese + English message, never a stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const NET: Record<string, string> = {
  ENOTFOUND: '无法解析域名 / DNS lookup failed',
  EAI_AGAIN: '无法解析域名 / DNS lookup failed',
  ECONNREFUSED: '连接被拒绝 / connection refused',
  ECONNRESET: '连接被重置 / connection reset',
  ETIMEDOUT: '连接超时 / connection timed out',
  EHOSTUNREACH: '主机不可达 / host unreachable',
  ENETUNREACH: '网络不可达 / network unreachable',
  CERT_HAS_EXPIRED: '证书已过期 / certificate expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: '无法验证证书 / certificate not verified',
  DEPTH_ZERO_SELF_SIGNED_CERT: '自签名证书 / self-signed certificate',
};

const FS: Record<string, string> = {
  ENOENT: '找不到文件 / file not found',
  EISDIR: '这是目录，不是文件 / is a directory',
  EACCES: '没有读取权限 / permission denied',
  EPERM: '没有读取权限 / permission denied',
};

function codeOf(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string; cause?: { code?: string } } };
  return e?.code ?? e?.cause?.code ?? e?.cause?.cause?.code;
}

/** Map a fetch failure (undici wraps the real cause) to a readable message. */
export function networkMessage(err: unknown, timeoutMs: number): string {
  const name = (err as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `请求超时（${timeoutMs / 1000} 秒） / request timed out after ${timeoutMs / 1000} s`;
  const code = codeOf(err);
  if (code && NET[code]) return NET[code];
  const cause = (err as { cause?: Error })?.cause?.message;
  // fetch refuses ports on the WHATWG block list (1, 25, 6000 …) before connecting.
  if (cause === 'bad port') return '端口被禁止访问 / port blocked by fetch (bad port)';
  const detail = (err as { cause?: Error })?.cause?.message ?? (err as Error)?.message ?? String(err);
  return `无法获取 / fetch failed${code ? ` (${code})` : ''}: ${detail.split('\n')[0]}`;
}

export function fileMessage(err: unknown): string {
  const code = codeOf(err);
  return code && FS[code] ? FS[code] : `无法读取文件 / cannot read file: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`;
}
