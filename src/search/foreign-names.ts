/**
 * Countries and blocs outside the store's scope. A question naming one that the store never mentions is
 * about something else ("How did Japan restrict chip exports?") and must not be answered from near misses.
 */
export const FOREIGN_NAMES: readonly string[] = [
  'Japan', '日本', 'South Korea', 'Korea', '韩国', '朝鲜', 'North Korea', 'India', '印度', 'Taiwan', '台湾',
  'Netherlands', 'Dutch', '荷兰', 'United Kingdom', 'UK', 'Britain', 'British', '英国', 'Israel', '以色列',
  'Iran', '伊朗', 'Saudi', '沙特', 'UAE', '阿联酋', 'Singapore', '新加坡', 'Vietnam', '越南', 'Brazil', '巴西',
  'Mexico', '墨西哥', 'Ukraine', '乌克兰', 'Italy', '意大利', 'Spain', '西班牙', 'Sweden', '瑞典', 'Finland', '芬兰',
  'Poland', '波兰', 'Turkey', '土耳其', 'Pakistan', '巴基斯坦', 'Indonesia', '印度尼西亚', 'Philippines', '菲律宾',
  'Malaysia', '马来西亚', 'Thailand', '泰国', 'South Africa', '南非', 'Nigeria', '尼日利亚', 'Egypt', '埃及',
  'Argentina', '阿根廷', 'New Zealand', '新西兰', 'Switzerland', '瑞士', 'Belgium', '比利时', 'Austria', '奥地利',
  'ASEAN', '东盟', 'African Union', '非盟', 'BRICS', '金砖', 'Quad', '四方安全对话', 'AUKUS', 'United Nations', 'UN', '联合国',
];
