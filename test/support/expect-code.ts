import { DomainException } from '#libs/core';

/** Awaits a promise that must fail with a DomainException of this code, and returns it. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<DomainException> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe(code);
    return error as DomainException;
  }
  throw new Error(`expected ${code}`);
}

/** An HTTP answer in DESIGN.md's error shape, with this status and code. */
export async function expectJsonError(
  req: PromiseLike<{ status: number; body: { error?: { code?: string } } }>,
  status: number,
  code: string,
): Promise<void> {
  const res = await req;
  expect(res.status).toBe(status);
  expect(res.body.error?.code).toBe(code);
}
