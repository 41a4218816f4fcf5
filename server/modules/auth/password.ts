import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3); tests may lower the cost through the env. */
const options = process.env.VP_FAST_HASH === '1' ? { memoryCost: 1024, timeCost: 2 } : {};

export const hashPassword = (plain: string) => argon2.hash(plain, { type: argon2.argon2id, ...options });

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

/** Problems with a new password, in Chinese; empty when acceptable. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push('新密码至少 8 位');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('新密码须同时包含字母和数字');
  if (password.toLowerCase().includes(username.toLowerCase())) problems.push('新密码不能包含用户名');
  return problems;
}
