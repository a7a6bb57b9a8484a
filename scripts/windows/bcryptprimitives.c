/*
 * bcryptprimitives.c: a stand-in for Windows' bcryptprimitives.dll, for running Vertailu's
 * Windows build under Wine 8 in the tests (scripts/wine-check.sh); never shipped.
 *
 * Go 1.24 and later take their random numbers from ProcessPrng in bcryptprimitives.dll, which
 * every Windows since 10 has and Wine 8 lacks, so without it the .exe stops before main. This
 * one function hands the request to advapi32's RtlGenRandom (SystemFunction036), which Wine
 * has, in pieces that fit its ULONG length. Wine loads this DLL from system32 only, with
 * WINEDLLOVERRIDES=bcryptprimitives=n. Built by scripts/setup.sh with
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c bcryptprimitives.def
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
