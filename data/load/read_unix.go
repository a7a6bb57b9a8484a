//go:build unix

package load

import (
	"io"
	"io/fs"

	"golang.org/x/sys/unix"
)

// readPath reads a file on disk into *buf with the bare system calls: open, fstat, read until
// the end, close. os.Open also sets each file up for the network poller, which a regular file
// never uses; for 10,000 small files that was a tenth of the load's processor time. The file is
// opened non-blocking so that a named pipe put in place of a file cannot hang the load.
func readPath(name string, buf *[]byte) ([]byte, error) {
	var fd int
	err := retry(func() (err error) {
		fd, err = unix.Open(name, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NONBLOCK, 0)
		return err
	})
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := retry(func() error { return unix.Fstat(fd, &st) }); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errNotRegular}
	}
	b, err := readAll(fdReader(fd), st.Size, buf)
	if _, large := err.(tooLargeError); err != nil && !large {
		err = &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return b, err
}

// fdReader reads an open file descriptor.
type fdReader int

func (fd fdReader) Read(p []byte) (int, error) {
	var n int
	err := retry(func() (err error) {
		n, err = unix.Read(int(fd), p)
		return err
	})
	switch {
	case err != nil:
		return 0, err
	case n == 0 && len(p) > 0:
		return 0, io.EOF
	}
	return n, nil
}

// retry repeats a system call that a signal interrupted (the Go runtime sends them to preempt
// goroutines).
func retry(call func() error) error {
	for {
		if err := call(); err != unix.EINTR {
			return err
		}
	}
}
