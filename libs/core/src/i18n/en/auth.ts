export const auth: Record<string, string> = {
};
