export const companies: Record<string, string> = {
};
