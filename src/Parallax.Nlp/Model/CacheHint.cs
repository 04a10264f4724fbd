using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parallax.Nlp.Model;

/// <summary>
/// Asks for memory that a loop will read soon and that no hardware prefetcher predicts. Only a hint: if the collector
/// moves the array in between, the request is wasted, never wrong.
/// </summary>
internal static class CacheHint
{
    /// <summary>Requests the cache line that holds item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref readonly T item)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in item)));
    }

    /// <summary>Requests every cache line of values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Lines(ReadOnlySpan<float> values)
    {
        if (!Sse.IsSupported || values.IsEmpty)
            return;
        ref var r = ref Unsafe.As<float, byte>(ref MemoryMarshal.GetReference(values));
        var last = (values.Length * sizeof(float)) - 1;
        for (var b = 0; b < last; b += 64)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref r, b)));
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref r, last)));
    }
}
